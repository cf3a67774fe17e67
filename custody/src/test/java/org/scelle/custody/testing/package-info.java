/** Test support shared by every module's tests: reference tools and third-party data. */
package org.scelle.custody.testing;
