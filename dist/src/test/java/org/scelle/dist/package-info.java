/**
 * Tests of the packaged distribution: the zip, its launchers and generated files, the field jar.
 */
package org.scelle.dist;
