using System.Globalization;
using System.Text;
using Parley.Nlp.Conllu;
using Parley.Text;

namespace Parley.Nlp.Evaluation;

/// <summary>
/// A text cut into tokens, words and sentences, with every unit given as a span over the text's
/// non-whitespace characters. This is the representation the CoNLL 2018 shared-task script
/// (conll18_ud_eval.py) compares: two segmentations of the same characters can be scored however
/// differently they place whitespace.
/// </summary>
public sealed class Segmentation
{
    private Segmentation(string characters, List<CharacterSpan> tokens, List<SegmentedWord> words, List<CharacterSpan> sentences)
    {
        Characters = characters;
        Tokens = tokens;
        Words = words;
        Sentences = sentences;
    }

    /// <summary>The text's characters with whitespace (Unicode category Zs, and line breaks) removed.</summary>
    public string Characters { get; }

    /// <summary>Surface tokens: a multiword token ("don't") is one token.</summary>
    public IReadOnlyList<CharacterSpan> Tokens { get; }

    /// <summary>Syntactic words, in order.</summary>
    public IReadOnlyList<SegmentedWord> Words { get; }

    /// <summary>Sentences, from the first character of their first token to the end of their last.</summary>
    public IReadOnlyList<CharacterSpan> Sentences { get; }

    /// <summary>The segmentation a treebank gives: its surface tokens, words and sentences.</summary>
    public static Segmentation FromConllu(IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var characters = new StringBuilder();
        var tokens = new List<CharacterSpan>();
        var words = new List<SegmentedWord>();
        var spans = new List<CharacterSpan>();
        foreach (var sentence in sentences)
        {
            int sentenceStart = characters.Length;
            int m = 0;
            for (int w = 0; w < sentence.Words.Count; w++)
            {
                var word = sentence.Words[w];
                if (m < sentence.Multiwords.Count && sentence.Multiwords[m].First == word.Id)
                {
                    var multiword = sentence.Multiwords[m++];
                    var span = Append(characters, multiword.Form);
                    tokens.Add(span);
                    while (w < sentence.Words.Count && sentence.Words[w].Id <= multiword.Last)
                    {
                        words.Add(new SegmentedWord(span, sentence.Words[w].Form, true, spans.Count, w));
                        w++;
                    }
                    w--;
                    continue;
                }
                var single = Append(characters, word.Form);
                tokens.Add(single);
                words.Add(new SegmentedWord(single, word.Form, false, spans.Count, w));
            }
            spans.Add(new CharacterSpan(sentenceStart, characters.Length));
        }
        return new Segmentation(characters.ToString(), tokens, words, spans);
    }

    /// <summary>
    /// The segmentation of a tokenized (and usually sentence-split) document. Tokens listed in
    /// <paramref name="wordContinuations"/> (see <c>Tokenizer.Process(Document, ICollection&lt;int&gt;)</c>) are joined
    /// with the token before them into one multiword token, whose words are the document's tokens.
    /// </summary>
    public static Segmentation FromDocument(Document doc, IReadOnlyCollection<int>? wordContinuations = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var continues = wordContinuations is null ? [] : new HashSet<int>(wordContinuations);
        var characters = new StringBuilder(doc.Text.Length);
        var tokens = new List<CharacterSpan>(doc.Count);
        var words = new List<SegmentedWord>(doc.Count);
        var spans = new List<CharacterSpan>();
        var forms = new List<string>();
        int sentence = -1;
        int sentenceWord = 0;
        int sentenceStart = 0;
        int i = 0;
        while (i < doc.Count)
        {
            if (i == 0 || doc.IsSentenceStart(i))
            {
                if (i > 0)
                {
                    spans.Add(new CharacterSpan(sentenceStart, characters.Length));
                }
                sentence++;
                sentenceWord = 0;
                sentenceStart = characters.Length;
            }
            int first = i;
            int tokenStart = characters.Length;
            forms.Clear();
            do
            {
                var form = doc.Text.Substring(doc.Starts[i], doc.Ends[i] - doc.Starts[i]);
                forms.Add(form);
                Append(characters, form);
                i++;
            }
            while (i < doc.Count && continues.Contains(i) && !doc.IsSentenceStart(i));
            var span = new CharacterSpan(tokenStart, characters.Length);
            tokens.Add(span);
            bool multi = i - first > 1;
            foreach (var form in forms)
            {
                words.Add(new SegmentedWord(span, form, multi, sentence, sentenceWord++));
            }
        }
        if (doc.Count > 0)
        {
            spans.Add(new CharacterSpan(sentenceStart, characters.Length));
        }
        return new Segmentation(characters.ToString(), tokens, words, spans);
    }

    /// <summary>Appends <paramref name="form"/> without its whitespace (as the CoNLL 2018 script strips Zs from forms) and returns its span.</summary>
    private static CharacterSpan Append(StringBuilder characters, string form)
    {
        int start = characters.Length;
        foreach (char c in form)
        {
            if (!IsWhitespace(c))
            {
                characters.Append(c);
            }
        }
        return new CharacterSpan(start, characters.Length);
    }

    private static bool IsWhitespace(char c) =>
        char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator || c is '\t' or '\n' or '\r';
}
