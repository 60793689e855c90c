package io.github.compactkit.ingest;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * Small filled shapes drawn on a page: designed documents draw list bullets as vector dots or squares
 * (CSS {@code ::before} with a background) instead of a bullet glyph, so the text layer alone loses
 * the list. The path operators are added to the text stripper, so shapes come from the same pass
 * over the content stream; only the bounding box of each filled path is kept, and only when it is
 * bullet-sized.
 */
final class PdfShapes {
    /** A filled shape's box in page space (points, origin bottom-left). */
    record Shape(float x0, float y0, float x1, float y1) {
        float width() {
            return x1 - x0;
        }

        float height() {
            return y1 - y0;
        }
    }

    /** Narrower filled areas are bullets, icons or letters drawn as paths, not rules or boxes. */
    static final float MIN_AREA_WIDTH = 40f;

    private final PDFStreamEngine engine;
    private final List<Shape> shapes = new ArrayList<>();
    /** Wide filled areas and horizontal strokes: table rules, row and box backgrounds. */
    private final List<Shape> areas = new ArrayList<>();
    private final List<Shape> verticals = new ArrayList<>();
    private float minX = Float.MAX_VALUE;
    private float minY = Float.MAX_VALUE;
    private float maxX = -Float.MAX_VALUE;
    private float maxY = -Float.MAX_VALUE;

    PdfShapes(PDFStreamEngine engine) {
        this.engine = engine;
    }

    /** The operators to register on the engine. */
    List<OperatorProcessor> operators() {
        List<OperatorProcessor> ops = new ArrayList<>();
        for (String name : new String[] {"m", "l"}) {
            ops.add(op(name, o -> point(o, 0)));
        }
        ops.add(op("c", o -> {
            point(o, 0);
            point(o, 2);
            point(o, 4);
        }));
        for (String name : new String[] {"v", "y"}) {
            ops.add(op(name, o -> {
                point(o, 0);
                point(o, 2);
            }));
        }
        ops.add(op("re", o -> {
            if (o.size() >= 4 && numbers(o, 4)) {
                float x = f(o, 0);
                float y = f(o, 1);
                float w = f(o, 2);
                float h = f(o, 3);
                add(x, y);
                add(x + w, y);
                add(x, y + h);
                add(x + w, y + h);
            }
        }));
        ops.add(op("h", o -> { }));
        for (String name : new String[] {"f", "F", "f*", "b", "B", "b*", "B*"}) {
            ops.add(op(name, o -> paint(true)));
        }
        ops.add(op("n", o -> reset())); // a clipping path: nothing painted
        for (String name : new String[] {"S", "s"}) {
            ops.add(op(name, o -> paint(false)));
        }
        return ops;
    }

    /** The bullet-sized filled shapes of the page so far; cleared with {@link #clear()}. */
    List<Shape> shapes() {
        return shapes;
    }

    /**
     * The wide filled areas (table rules, row backgrounds, coloured boxes) and horizontal strokes of the
     * page so far, in page space; cleared with {@link #clear()}.
     */
    List<Shape> areas() {
        return areas;
    }

    /** The thin vertical rules (table cell borders) of the page so far, in page space; cleared with {@link #clear()}. */
    List<Shape> verticals() {
        return verticals;
    }

    void clear() {
        shapes.clear();
        areas.clear();
        verticals.clear();
        reset();
    }

    private void paint(boolean filled) {
        boolean wide = maxX - minX >= MIN_AREA_WIDTH && areas.size() < 10_000;
        if (wide && (filled || maxY - minY <= 1.5f)) { // a filled area, or a stroked horizontal rule
            areas.add(new Shape(minX, minY, maxX, maxY));
        }
        if (maxX >= minX && maxX - minX <= 1.5f && maxY - minY >= 6f && verticals.size() < 10_000) {
            verticals.add(new Shape(minX, minY, maxX, maxY)); // a cell border: text never runs across it
        }
        if (filled && maxX > minX) {
            Shape s = new Shape(minX, minY, maxX, maxY);
            float ratio = s.width() / Math.max(s.height(), 0.01f);
            if (s.width() >= 1.5f && s.width() <= 9f && s.height() >= 1.5f && s.height() <= 9f && ratio > 0.6f && ratio < 1.7f
                    && shapes.size() < 10_000) {
                shapes.add(s);
            }
        }
        reset();
    }

    private void reset() {
        minX = Float.MAX_VALUE;
        minY = Float.MAX_VALUE;
        maxX = -Float.MAX_VALUE;
        maxY = -Float.MAX_VALUE;
    }

    private void point(List<COSBase> operands, int at) {
        if (operands.size() >= at + 2 && numbers(operands, at + 2)) {
            add(f(operands, at), f(operands, at + 1));
        }
    }

    private void add(float x, float y) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        Point2D.Float p = ctm.transformPoint(x, y);
        minX = Math.min(minX, p.x);
        minY = Math.min(minY, p.y);
        maxX = Math.max(maxX, p.x);
        maxY = Math.max(maxY, p.y);
    }

    private static boolean numbers(List<COSBase> operands, int count) {
        for (int i = 0; i < count; i++) {
            if (!(operands.get(i) instanceof COSNumber)) {
                return false;
            }
        }
        return true;
    }

    private static float f(List<COSBase> operands, int i) {
        return ((COSNumber) operands.get(i)).floatValue();
    }

    private interface Action {
        void run(List<COSBase> operands);
    }

    private OperatorProcessor op(String name, Action action) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                action.run(operands);
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }
}
