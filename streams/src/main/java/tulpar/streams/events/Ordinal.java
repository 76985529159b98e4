package tulpar.streams.events;

/** An ordinal at {@code [start, end)} of the folded text: "eighth", "8th", "13.", "5-й", "VII". */
record Ordinal(int start, int end, int value) {

  /** "1st", "2nd", "3rd", "4th", "11th", "13th", "21st" … */
  static String english(int value) {
    int lastTwo = value % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (value % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return value + suffix;
  }
}
