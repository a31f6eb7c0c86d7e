package org.careerpath.career;

/** A career as the catalogue lists it. */
public record CareerListing(String slug, String title, String summary, long stepCount) {
}
