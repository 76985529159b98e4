# Builds the fat jar and runs one Tulpar command per container (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY schemas schemas
COPY servicekit servicekit
COPY broker broker
COPY ingest ingest
COPY streams streams
COPY alerts alerts
COPY app app
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 tulpar && mkdir -p /data /inbox && chown tulpar /data /inbox
COPY --from=build /src/app/target/tulpar.jar /opt/tulpar/tulpar.jar
USER tulpar
WORKDIR /data
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/opt/tulpar/tulpar.jar"]
CMD ["--help"]
