package org.careerpath.career;

/** A step its guide no longer has, kept for the progress that refers to it: its key and its last title. */
public interface RetiredStep {

	String getKey();

	String getTitle();

}
