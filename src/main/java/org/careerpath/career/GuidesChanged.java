package org.careerpath.career;

/**
 * A guide's rows changed (added, updated or retired), committed: whatever was assembled from the content before is
 * stale. Published by the guide loader; content caches listen.
 */
public record GuidesChanged(String slug) {
}
