package org.careerpath.api;

import java.util.List;

/** Every career with a guide, by title. */
record CareerList(List<CareerItem> careers) {

	/**
	 * @param href this career's whole guide in the API
	 * @param page its overview page on the site
	 */
	record CareerItem(String slug, String title, String summary, long stepCount, String href, String page) {
	}

}
