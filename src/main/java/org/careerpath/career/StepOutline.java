package org.careerpath.career;

/** A roadmap step without its full text: enough for lists, navigation and progress. */
public record StepOutline(String key, int position, String title, String summary) {
}
