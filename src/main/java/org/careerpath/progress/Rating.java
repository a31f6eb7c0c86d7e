package org.careerpath.progress;

import java.time.Instant;

/** A skill's rating (1 to 5) at a time. */
public record Rating(String skillKey, int rating, Instant ratedAt) {
}
