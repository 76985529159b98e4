package tulpar.streams.events;

/** An ordinal at {@code [start, end)} of the folded text: "eighth", "8th", "13.", "5-й", "VII". */
record Ordinal(int start, int end, int value) {}
