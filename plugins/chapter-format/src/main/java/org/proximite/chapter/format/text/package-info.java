/** Rules about text itself, whatever field it is in: text garbled by a wrong encoding, for one. */
package org.proximite.chapter.format.text;
