package org.proximite.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The application uses Vaadin's free components only: none of the commercial ones may reach its
 * class path (they would also need a licence check that calls home).
 */
class FreeComponentsOnlyTest {

    private static final List<String> COMMERCIAL = List.of(
            "com.vaadin.flow.component.richtexteditor.RichTextEditor",
            "com.vaadin.flow.component.gridpro.GridPro",
            "com.vaadin.flow.component.crud.Crud",
            "com.vaadin.flow.component.charts.Chart",
            "com.vaadin.flow.component.board.Board",
            "com.vaadin.testbench.TestBench");

    @Test
    void noCommercialVaadinComponentIsOnTheClassPath() {
        assertThat(COMMERCIAL).noneMatch(FreeComponentsOnlyTest::present);
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, FreeComponentsOnlyTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException expected) {
            return false;
        }
    }
}
