package org.exokg.server;

import static org.exokg.server.HtmlDescription.esc;

import java.util.List;

/**
 * A horizontal bar chart as inline SVG, drawn on the server (no script): one bar per item, its label on
 * the left, its value at the end. The numbers are also in the page's tables; the chart has a title and
 * an accessible name for screen readers.
 */
final class BarChart {

    record Bar(String label, long value, String href) {
    }

    private static final int WIDTH = 620;
    private static final int LABEL_WIDTH = 230;
    private static final int ROW = 22;
    private static final int VALUE_WIDTH = 60;

    private BarChart() {
    }

    static String svg(String id, String title, String unit, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
        int height = ROW * bars.size() + 8;
        StringBuilder s = new StringBuilder();
        s.append("<figure class=\"chart\" id=\"").append(esc(id)).append("\">\n<figcaption>").append(esc(title))
                .append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" style=\"max-width:100%;height:auto\" aria-labelledby=\"").append(esc(id)).append("-title\">\n<title id=\"").append(esc(id))
                .append("-title\">").append(esc(title)).append("</title>\n");
        int y = 4;
        double scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / (double) Math.max(1, max);
        for (Bar b : bars) {
            int w = (int) Math.max(2, Math.round(b.value() * scale));
            String label = b.label().length() > 34 ? b.label().substring(0, 33) + "…" : b.label();
            s.append("<g class=\"row\">");
            if (b.href() != null) {
                s.append("<a href=\"").append(esc(b.href())).append("\">");
            }
            s.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(esc(label)).append("</text>");
            if (b.href() != null) {
                s.append("</a>");
            }
            s.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(w).append("\" height=\"").append(ROW - 6).append("\"><title>").append(esc(b.label()))
                    .append(": ").append(b.value()).append(' ').append(esc(unit)).append("</title></rect>")
                    .append("<text x=\"").append(LABEL_WIDTH + w + 5).append("\" y=\"").append(y + 15).append("\">")
                    .append(b.value()).append("</text></g>\n");
            y += ROW;
        }
        s.append("</svg>\n</figure>\n");
        return s.toString();
    }
}
