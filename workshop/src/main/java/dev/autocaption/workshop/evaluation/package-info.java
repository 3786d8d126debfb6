/**
 * Caption quality metrics implemented to the coco-caption definitions (github.com/tylin/coco-caption,
 * {@code pycocoevalcap}): {@link dev.autocaption.workshop.evaluation.Bleu} (BLEU-1..4) and
 * {@link dev.autocaption.workshop.evaluation.CiderD} (CIDEr-D), over text normalised by
 * {@link dev.autocaption.workshop.evaluation.CaptionTokenizer}, plus
 * {@link dev.autocaption.workshop.evaluation.ScoreDistribution} for per-image score summaries.
 */
package dev.autocaption.workshop.evaluation;
