package org.proximite.web.testing;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.ArrayList;
import java.util.List;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;

/**
 * The JavaScript the server asks the browser to run, as Karibu hands it over at each round trip:
 * how a browser-less test sees that a field was focused or scrolled into view. Record, act, then
 * ask; closing stops the recording.
 */
public final class BrowserCalls implements AutoCloseable {

    private final List<PendingJavaScriptInvocation> calls = new ArrayList<>();
    private final List<Function1<PendingJavaScriptInvocation, Unit>> before;

    private BrowserCalls() {
        before = KaribuConfig.getPendingJavascriptInvocationHandlers();
        List<Function1<PendingJavaScriptInvocation, Unit>> handlers = new ArrayList<>(before);
        handlers.add(call -> {
            calls.add(call);
            return Unit.INSTANCE;
        });
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlers);
    }

    public static BrowserCalls record() {
        return new BrowserCalls();
    }

    /** Whether the browser was asked to focus the component (after the round trip now due). */
    public boolean focused(Component component) {
        return called(component, "this.focus(");
    }

    /** Whether the browser was asked to scroll the component into view. */
    public boolean scrolledIntoView(Component component) {
        return called(component, "this.scrollIntoView(");
    }

    private boolean called(Component component, String script) {
        MockVaadin.clientRoundtrip(false);
        return calls.stream().anyMatch(call -> call.getInvocation().getExpression().contains(script)
                && (call.getOwner() == component.getElement().getNode()
                        || call.getInvocation().getParameters().contains(component.getElement())));
    }

    @Override
    public void close() {
        KaribuConfig.setPendingJavascriptInvocationHandlers(before);
    }
}
