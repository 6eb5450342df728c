package org.wirewise.lesson;

/** The chapters of the lesson map (ARCHITECTURE.md), in teaching order. */
public enum Chapter {
    PROTOCOL_STACK("Protocol stack"),
    IP_ADDRESSING("IP addressing"),
    TCP("TCP"),
    CONGESTION_CONTROL("Congestion control"),
    HTTP("HTTP"),
    REAL_TIME("Real-time"),
    SECURITY("Security"),
    DNS("DNS"),
    PERFORMANCE("Performance"),
    NAT("NAT"),
    JOURNEY("Journey"),
    PRACTICE("Practice");

    private final String displayName;

    Chapter(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The chapter's name in {@code language}, as the lesson list shows it (bundle {@code lesson/chapters}). */
    public String displayName(java.util.Locale language) {
        return org.wirewise.model.text.Texts.of("org.wirewise.lesson.chapters", language).get(name());
    }
}
