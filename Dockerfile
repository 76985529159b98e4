# Builds the fat jar and runs one Tulpar command per container (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# Every module, so the reactor is whole; .dockerignore keeps build output and local data out.
COPY . .
RUN ./mvnw -B -q package -DskipTests -pl app -am

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 tulpar && mkdir -p /data /inbox && chown tulpar /data /inbox
COPY --from=build /src/app/target/tulpar.jar /opt/tulpar/tulpar.jar
USER tulpar
WORKDIR /data
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/opt/tulpar/tulpar.jar"]
CMD ["--help"]
