package org.careerpath.api;

/**
 * The token a change needs, this visitor's own: send it back in the header named, with the cookies this answer set.
 */
record CsrfDocument(String headerName, String token) {
}
