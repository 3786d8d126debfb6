/**
 * COCO captions data sets: {@link dev.autocaption.workshop.coco.CocoJson} reads and writes the captions JSON
 * ({@code images} + {@code annotations}, as in COCO 2014's {@code captions_train2014.json}) with Jackson's streaming
 * parser, and {@link dev.autocaption.workshop.coco.CocoDataset} pairs it with an image folder for training and
 * evaluation.
 */
package dev.autocaption.workshop.coco;
