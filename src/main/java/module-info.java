/** Wirewise: see the networking behind system design. */
module org.wirewise {
    requires transitive javafx.controls;
    requires javafx.swing;
    requires atlantafx.base;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires java.desktop;

    exports org.wirewise;
    exports org.wirewise.model.sim;
    exports org.wirewise.model.trace;
    exports org.wirewise.model.packet;
    exports org.wirewise.model.pcap;
    exports org.wirewise.model.net;
    exports org.wirewise.model.tcp;
    exports org.wirewise.model.nat;
    exports org.wirewise.model.stack;
    exports org.wirewise.model.lb;
    exports org.wirewise.model.dns;
    exports org.wirewise.model.dns.sec;
    exports org.wirewise.model.addr;
    exports org.wirewise.model.replay;
    exports org.wirewise.model.latency;
    exports org.wirewise.scenario;
    exports org.wirewise.lesson;
    exports org.wirewise.lesson.addr;
    exports org.wirewise.practice;
    exports org.wirewise.model.congestion;
    exports org.wirewise.lesson.congestion;
    exports org.wirewise.export;
    exports org.wirewise.cli;
    exports org.wirewise.cli.congestion;
    exports org.wirewise.cli.fuzz;
    exports org.wirewise.ui.player;
    exports org.wirewise.ui.widget;
    exports org.wirewise.ui.lesson;
    exports org.wirewise.ui.lesson.congestion;

    // picocli reads the commands' annotated fields; JavaFX instantiates the Application.
    opens org.wirewise to info.picocli;
    opens org.wirewise.cli to info.picocli;
    opens org.wirewise.cli.addr to info.picocli;
    opens org.wirewise.cli.congestion to info.picocli;
    opens org.wirewise.cli.fuzz to info.picocli;
    opens org.wirewise.cli.latency to info.picocli;
    opens org.wirewise.cli.dns to info.picocli;
    opens org.wirewise.cli.bench to info.picocli;
    opens org.wirewise.ui.app to info.picocli, javafx.graphics;
    opens org.wirewise.ui.lesson.congestion to info.picocli;
    opens org.wirewise.ui.lesson.tcp to info.picocli;
}
