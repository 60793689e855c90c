package io.github.compactkit.ingest;

/** A grey page image (one byte per pixel, 0 black) over the pixels of a binary PGM, for looking at shapes OCR drops. */
record GrayImage(byte[] pixels, int offset, int width, int height) {

    /** The image inside a PGM made by {@link PdfOcr#pgm}; the header's size is trusted. */
    static GrayImage ofPgm(byte[] pgm, int width, int height) {
        return new GrayImage(pgm, pgm.length - width * height, width, height);
    }

    /** 0 (black) to 255 (white); outside the image, white. */
    int at(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return 255;
        }
        return pixels[offset + y * width + x] & 0xFF;
    }
}
