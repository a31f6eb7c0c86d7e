/** Cross-cutting configuration: security, error pages, web settings. */
package org.careerpath.system;
