package org.wirewise.model.trace;

/**
 * One participant drawn as a lane in a lesson: a host, a router, a NAT.
 *
 * @param id       stable key used by packets and node states ("client")
 * @param title    what the view shows as the lane's heading ("Client")
 * @param subtitle detail under the heading ("192.0.2.10:51234")
 */
public record Lane(String id, String title, String subtitle) {
}
