package ca.engagementgraph.radar;

import java.util.List;

/**
 * One part of a radar score: its code, points, and the sentence explaining it ({@code radar.reason.<code>} in
 * messages*.properties, with its arguments).
 */
public record RankReason(String code, double points, List<Object> arguments) {
}
