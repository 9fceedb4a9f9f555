namespace Parley.Text.Tokenization;

/// <summary>
/// Trains a <see cref="SentenceBoundaryModel"/> with the averaged perceptron on tokenized documents whose
/// true sentence starts are known. Only gaps inside a paragraph are learned: a blank line always ends a
/// sentence, and a single line break is left to the rules.
/// </summary>
public static class SentenceBoundaryTrainer
{
    /// <summary>Trains on <paramref name="examples"/>: each a tokenized document and the indices of the tokens that start its sentences.</summary>
    /// <param name="examples">The training documents.</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <param name="seed">Seeds the shuffling, so a run can be repeated exactly.</param>
    /// <param name="sizeBits">The weight table has 2^sizeBits slots.</param>
    /// <param name="threshold">The margin a gap's score must pass to be a boundary (a positive margin trusts the rules more).</param>
    public static SentenceBoundaryModel Train(IEnumerable<(Document Doc, IReadOnlySet<int> SentenceStarts)> examples, int epochs = 20, int seed = 1, int sizeBits = 18, float threshold = 1)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(sizeBits, 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sizeBits, 26);
        int size = 1 << sizeBits;
        var rules = new SentenceSplitter();
        var slots = new List<int>();
        var labels = new List<bool>();
        Span<ulong> features = stackalloc ulong[SentenceBoundaryFeatures.Count];
        foreach (var (doc, starts) in examples)
        {
            int sentenceStart = 0;
            for (int i = 0; i + 1 < doc.Count; i++)
            {
                var gap = rules.Classify(doc, i);
                if (gap != SentenceSplitter.Gap.SameLine)
                {
                    if (starts.Contains(i + 1))
                    {
                        sentenceStart = i + 1;
                    }
                    continue;
                }
                SentenceBoundaryFeatures.Extract(doc, i, rules.RuleDecides(doc, i), sentenceStart, features);
                foreach (ulong feature in features)
                {
                    slots.Add(SentenceBoundaryModel.Slot(feature, size - 1));
                }
                bool boundary = starts.Contains(i + 1);
                labels.Add(boundary);
                if (boundary)
                {
                    sentenceStart = i + 1;
                }
            }
        }

        var weights = new float[size];
        var totals = new double[size];
        var stamps = new int[size];
        var order = Enumerable.Range(0, labels.Count).ToArray();
        var random = new Random(seed);
        int step = 0;
        int width = SentenceBoundaryFeatures.Count;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int example in order)
            {
                step++;
                var exampleSlots = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(slots).Slice(example * width, width);
                float score = 0;
                foreach (int slot in exampleSlots)
                {
                    score += weights[slot];
                }
                bool truth = labels[example];
                // A score of exactly zero counts as a mistake either way, so that gaps nothing has been learnt
                // about yet still move the weights (otherwise the averaged model leans on leftovers).
                if (truth ? score > 0 : score < 0)
                {
                    continue;
                }
                float delta = truth ? 1 : -1;
                foreach (int slot in exampleSlots)
                {
                    // Lazy averaging: credit the weight for the steps it held its value, then change it.
                    totals[slot] += (double)(step - stamps[slot]) * weights[slot];
                    stamps[slot] = step;
                    weights[slot] += delta;
                }
            }
        }
        var averaged = new float[size];
        for (int k = 0; k < size; k++)
        {
            double total = totals[k] + ((double)(step - stamps[k]) * weights[k]);
            averaged[k] = step == 0 ? 0 : (float)(total / step);
        }
        return new SentenceBoundaryModel(averaged, threshold);
    }
}
