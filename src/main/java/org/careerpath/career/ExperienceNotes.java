package org.careerpath.career;

/**
 * How a guide counts years of experience for its salary bands, in the guide's own words: the form's label, what the
 * years are ("at director level"), the rule for counting them, a note where ranges meet and a closing note. Any may be
 * null; pages then use their general wording.
 */
public record ExperienceNotes(String label, String counting, String rule, String meetingNote, String note) {
}
