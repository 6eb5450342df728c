module org.wirewise {
    requires javafx.controls;
    requires javafx.swing;
    requires atlantafx.base;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires java.desktop;
    requires java.prefs;

    exports org.wirewise;
    exports org.wirewise.model.packet;
    exports org.wirewise.model.pcap;
}
