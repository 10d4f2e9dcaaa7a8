import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws the application icon (a rising equity curve over a bar chart on the desktop's dark surface, in its accent blue)
 * and writes it in the three formats jpackage wants: {@code monps.png} (Linux), {@code monps.ico} (Windows) and
 * {@code monps.icns} (macOS). Both containers hold PNG images, which Windows Vista+ and macOS 10.7+ read.
 * Run: {@code java jlink/icon/DrawIcon.java jlink/icon}
 */
public final class DrawIcon {

    private static final Color SURFACE_TOP = new Color(0x22, 0x2b, 0x38);
    private static final Color SURFACE_BOTTOM = new Color(0x13, 0x18, 0x20);
    private static final Color ACCENT = new Color(0x4f, 0x8c, 0xc9);
    private static final Color PROFIT = new Color(0x3f, 0xb9, 0x6b);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(out);
        ImageIO.write(draw(256), "png", out.resolve("monps.png").toFile());
        Files.write(out.resolve("monps.ico"), ico(png(draw(256))));
        Files.write(out.resolve("monps.icns"), icns(png(draw(256)), png(draw(512))));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 256.0;
        g.setPaint(new GradientPaint(0, 0, SURFACE_TOP, 0, size, SURFACE_BOTTOM));
        g.fill(new RoundRectangle2D.Double(8 * s, 8 * s, 240 * s, 240 * s, 56 * s, 56 * s));
        int[] bars = {46, 70, 58, 96, 120};
        g.setColor(new Color(ACCENT.getRed(), ACCENT.getGreen(), ACCENT.getBlue(), 110));
        for (int i = 0; i < bars.length; i++) {
            g.fill(new RoundRectangle2D.Double((44 + i * 36) * s, (212 - bars[i]) * s, 24 * s, bars[i] * s, 6 * s, 6 * s));
        }
        Path2D curve = new Path2D.Double();
        double[][] points = {{40, 176}, {80, 150}, {112, 162}, {150, 112}, {180, 122}, {216, 60}};
        curve.moveTo(points[0][0] * s, points[0][1] * s);
        for (int i = 1; i < points.length; i++) {
            curve.lineTo(points[i][0] * s, points[i][1] * s);
        }
        g.setColor(PROFIT);
        g.setStroke(new BasicStroke((float) (14 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve);
        g.fillOval((int) Math.round(202 * s), (int) Math.round(46 * s), (int) Math.round(28 * s), (int) Math.round(28 * s));
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICONDIR + one ICONDIRENTRY (little-endian); width and height 0 mean 256. */
    private static byte[] ico(byte[] png256) {
        ByteBuffer buffer = ByteBuffer.allocate(6 + 16 + png256.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        buffer.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        buffer.putShort((short) 1).putShort((short) 32).putInt(png256.length).putInt(6 + 16);
        buffer.put(png256);
        return buffer.array();
    }

    /** 'icns' header then typed entries (big-endian lengths that include the 8-byte entry header). */
    private static byte[] icns(byte[] png256, byte[] png512) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("icns");
        out.writeInt(8 + 8 + png256.length + 8 + png512.length);
        out.writeBytes("ic08");
        out.writeInt(8 + png256.length);
        out.write(png256);
        out.writeBytes("ic09");
        out.writeInt(8 + png512.length);
        out.write(png512);
        out.flush();
        return bytes.toByteArray();
    }
}
