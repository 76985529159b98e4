package tulpar.servicekit;

/** The state of one part of a running process, as {@code GET /health} reports it. */
public record Health(Status status, String detail) {

  public enum Status { UP, STARTING, DOWN }

  public static Health up() {
    return new Health(Status.UP, "");
  }

  public static Health starting(String detail) {
    return new Health(Status.STARTING, detail);
  }

  public static Health down(String detail) {
    return new Health(Status.DOWN, detail);
  }

  public boolean isUp() {
    return status == Status.UP;
  }
}
