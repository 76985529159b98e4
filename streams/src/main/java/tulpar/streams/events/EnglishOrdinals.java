package tulpar.streams.events;

/** Ordinals as event names write them, whatever the language of the text: "1st", "2nd", "3rd", "11th", "21st". */
public final class EnglishOrdinals {

  private EnglishOrdinals() {}

  public static String of(int value) {
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
