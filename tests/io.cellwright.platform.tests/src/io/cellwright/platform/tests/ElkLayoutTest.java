package io.cellwright.platform.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.junit.jupiter.api.Test;

/** ELK's layered algorithm lays out a chain left to right, as the wiring diagrams will. */
class ElkLayoutTest {

    @Test
    void layeredLayoutPlacesAChainLeftToRight() {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        ElkNode battery = node(root);
        ElkNode bms = node(root);
        ElkNode inverter = node(root);
        ElkGraphUtil.createSimpleEdge(battery, bms);
        ElkGraphUtil.createSimpleEdge(bms, inverter);

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        assertTrue(battery.getX() + battery.getWidth() <= bms.getX(), "battery left of BMS");
        assertTrue(bms.getX() + bms.getWidth() <= inverter.getX(), "BMS left of inverter");
        assertTrue(root.getWidth() >= 3 * 80, "graph is as wide as its three nodes");
    }

    private static ElkNode node(ElkNode parent) {
        ElkNode n = ElkGraphUtil.createNode(parent);
        n.setDimensions(80, 50);
        return n;
    }
}
