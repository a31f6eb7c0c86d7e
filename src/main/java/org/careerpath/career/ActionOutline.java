package org.careerpath.career;

/** A checklist action with the key of its step: enough to check, count and list actions. */
public record ActionOutline(String stepKey, String key, int position, String label) {
}
