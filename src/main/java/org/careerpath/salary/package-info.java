/** The salary pages: a career's salary bands by level. */
package org.careerpath.salary;
