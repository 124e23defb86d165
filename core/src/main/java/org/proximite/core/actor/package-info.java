/**
 * Who acts: every service that changes something takes an {@link org.proximite.core.actor.Actor}
 * and checks it itself, so a route, a view or an API call that forgets a check still cannot
 * change what its user may not change.
 */
package org.proximite.core.actor;
