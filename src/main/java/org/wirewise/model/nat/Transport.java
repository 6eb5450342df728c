package org.wirewise.model.nat;

/** The transport protocols a NAT keeps separate tables for. */
public enum Transport {
    TCP, UDP
}
