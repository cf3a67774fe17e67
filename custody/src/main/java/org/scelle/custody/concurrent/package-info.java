/** Running independent work on a second core: {@link org.scelle.custody.concurrent.Background}. */
package org.scelle.custody.concurrent;
