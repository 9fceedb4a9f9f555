using Parley.Knowledge.Events;
using Parley.Knowledge.Patterns;

namespace Parley.Knowledge.Tests.Patterns;

public class PatternValidationTests
{
    [Theory]
    [InlineData("verbs.yaml", "verbs:\n  - {id: a, lemmas: [meet], code: \"040\", lemma: meet}\n", 2,
        "unknown field 'lemma' (this entry takes id, lemmas, code, prep, targets, target_optional, complement, folds_only, state_code, place_code, body_code, armed_code, armed_group_code, foreign_code, judged, cue)")]
    [InlineData("verbs.yaml", "verbs:\n  - {id: a, lemmas: [capture], code: \"043\", state_code: \"999\"}\n", 2,
        "'state_code' 999 is not in cameo.yaml")]
    [InlineData("verbs.yaml", "verbs:\n  - {id: a, lemmas: [give], code: \"139\", cue: [or, face]}\n", 2,
        "'cue' must be a single value")]
    [InlineData("verbs.yaml", "verbs:\n  - {id: a, lemmas: [stop], code: \"08\", folds_only: true}\n", 2,
        "'folds_only' needs a 'complement' family: the entry codes only the events its family folds into it")]
    [InlineData("verbs.yaml", "verbs:\n  - {lemmas: [meet], code: \"040\"}\n", 2, "'id' is missing")]
    [InlineData("verbs.yaml", "verbs:\n  - {id: a, lemmas: [meet]}\n", 2, "'code' is missing")]
    [InlineData("verbs.yaml", "verbs:\n  - {id: a, code: \"040\"}\n", 2, "'lemmas' is missing: list at least one lemma")]
    [InlineData("verbs.yaml", "verbs:\n  - {id: a, lemmas: [], code: \"040\"}\n", 2, "'lemmas' is empty: list at least one lemma")]
    [InlineData("verbs.yaml", "verbs:\n  - {id: a, lemmas: [meet], code: \"040\"}\n  - {id: a, lemmas: [visit], code: \"040\"}\n", 3,
        "id 'a' is used twice (first on line 2)")]
    [InlineData("verbs.yaml", "verbs:\n  - {id: a, lemmas: [meet], code: \"099\"}\n", 2, "CAMEO code 099 is not in cameo.yaml")]
    [InlineData("verbs.yaml", "complements:\n  intent: {\"04\": \"036\"}\nverbs:\n  - {id: a, lemmas: [agree], code: \"03\", complement: intnet}\n", 4,
        "complement 'intnet' is not a family under 'complements' in verbs.yaml (families: intent)")]
    [InlineData("verbs.yaml", "verbs:\n  - id: a\n    lemmas:\n      - meet\n      - meet\n    code: \"040\"\n", 5,
        "'lemmas' lists 'meet' twice in this entry")]
    [InlineData("verbs.yaml", "verbs:\n  - {id: a, lemmas: [call off], code: \"040\"}\n", 2,
        "'lemmas' entry 'call off' has a space; lemmas are single words as the lemmatizer gives them: write the head word as the lemma and the particle as 'prep' (for 'call off': lemma call, prep off)")]
    [InlineData("verbs.yaml", "verbs:\n  - {id: a, lemmas: [meet], code: \"040\"}\n  - {id: b, lemmas: [meet], code: \"041\"}\n", 3,
        "lemma 'meet' is already in entry 'a' (line 2); only one of them could ever apply")]
    [InlineData("verbs.yaml", "verbs:\n  - {id: a, lemmas: [call], code: \"040\", prep: for}\n  - {id: b, lemmas: [call], code: \"041\", prep: for}\n", 3,
        "lemma 'call' with prep 'for' is already in entry 'a' (line 2); only one of them could ever apply")]
    [InlineData("verbs.yaml", "verbs:\n  - {id: a, lemmas: [meet], code: \"040\", target_optional: maybe}\n", 2, "'target_optional' must be true or false")]
    [InlineData("verbs.yaml", "verbs:\n  - {id: a, lemmas: [meet], code: \"040\", prep: up to}\n", 2, "'prep' is 'up to'; it must be a single preposition or particle")]
    [InlineData("verbs.yaml", "complements:\n  intent: {\"99\": \"036\"}\nverbs: []\n", 2, "complement family 'intent': governed code '99' is not in cameo.yaml")]
    [InlineData("verbs.yaml", "complements:\n  intent: {\"04\": \"0399\"}\nverbs: []\n", 2, "complement family 'intent' maps 04 to '0399', which is not in cameo.yaml")]
    [InlineData("verbs.yaml", "complements:\n  intent: {}\nverbs: []\n", 2,
        "complement family 'intent' must map at least one CAMEO code of the governed event to a code, such as \"04\": \"036\"")]
    [InlineData("verbs.yaml", "verb:\n  - {id: a, lemmas: [meet], code: \"040\"}\n", 1, "unknown top-level key 'verb' (expected 'complements', 'verbs')")]
    [InlineData("nouns.yaml", "nouns:\n  - {id: a, lemmas: [call], code: \"041\", targets: [obj]}\n", 2,
        "'targets' entry 'obj' is not a place a noun's target can be: nouns take their target from a preposition ('with', 'to')")]
    [InlineData("nouns.yaml", "nouns:\n  - {id: a, lemmas: [visit], code: \"040\", at_targt: true}\n", 2,
        "unknown field 'at_targt' (this entry takes id, lemmas, code, modifiers, verbs, prep, targets, target_optional, complement, folds_only, at_target, foreign_code, undergone)")]
    [InlineData("nouns.yaml", "nouns:\n  - {id: a, lemmas: [call], code: \"040\", prep: for, complement: appeal}\n", 2,
        "complement 'appeal' is not a family under 'complements' in verbs.yaml (families: intent)")]
    [InlineData("nouns.yaml", "nouns:\n  - {id: a, lemmas: [call], code: \"041\", modifiers: [phone, telephone]}\n  - {id: b, lemmas: [call], code: \"040\", modifiers: [telephone, phone]}\n", 3,
        "lemma 'call' with the same prep, modifiers and verbs is already in entry 'a' (line 2); only one of them could ever apply")]
    [InlineData("nouns.yaml", "nouns:\n  - {id: a, lemmas: [meeting], code: \"040\", modifiers: [face to face]}\n", 2,
        "'modifiers' entry 'face to face' must be a single word (a hyphenated word is split by the tokenizer: give its last part)")]
    [InlineData("nouns.yaml", "nouns:\n  - {id: a, lemmas: [sanction], code: \"163\", verbs: [impose]}\n", 2, "CAMEO code 163 is not in cameo.yaml")]
    [InlineData("nouns.yaml", "nouns:\n  - {id: a, lemmas: [meeting], code: \"040\", verbs: [hold, hold]}\n", 2, "'verbs' lists 'hold' twice in this entry")]
    public void A_mistake_in_a_pattern_file_is_reported_as_file_line_and_what_is_wrong(string file, string content, int line, string message)
    {
        using var dir = new TemporaryDictionaries(file, content);
        var error = Assert.Throws<DictionaryException>(() => KnowledgeBase.Load(dir.Folder));
        Assert.Contains($"{dir.PathOf(file)}:{line}: {message}", error.Problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("negators", null, 1, "'negators' is missing (give an empty list, [], if nothing belongs there)")]
    [InlineData("negators", "negators: [not, never, not]", 7, "'negators' lists 'not' twice (first on line 7)")]
    [InlineData("future_auxiliaries", "future_auxiliaries: [will, could]", 4,
        "'could' is in both 'hypothetical_auxiliaries' (line 1) and 'future_auxiliaries'; an event cannot be both")]
    [InlineData("negating_governors", "negating_governors: [refuse, consider]", 8,
        "'consider' is in both 'hypothetical_governors' (line 3) and 'negating_governors'; an event cannot be both")]
    [InlineData("hypothetical_auxiliaries", "hypothetical_auxiliaries: [could, \"may well\"]", 1,
        "'hypothetical_auxiliaries' entry 'may well' must be a single word")]
    [InlineData("negating_governors", "negating_governors: [refuse, \"call it off\"]", 8,
        "'negating_governors' entry 'call it off' must be a lemma, or a lemma and the one word it governs ('call off')")]
    [InlineData("negators", "negator: [not]", 7,
        "unknown top-level key 'negator' (expected 'hypothetical_auxiliaries', 'hypothetical_modifiers', 'hypothetical_governors', 'future_auxiliaries', 'future_modifiers', 'future_governors', 'negators', 'negating_governors', 'reporting_verbs', 'realising_verbs', 'striking_verbs', 'negative_judgements', 'deed_nouns')")]
    [InlineData("reporting_verbs", "reporting_verbs: {say: yes}", 9, "'reporting_verbs' must be a list of words")]
    public void A_mistake_in_modality_yaml_is_reported_with_its_line(string key, string? replacement, int line, string message)
    {
        var lines = TemporaryDictionaries.MinimalModality.Split('\n')
            .Select(l => l.StartsWith(key + ":", StringComparison.Ordinal) ? replacement : l)
            .OfType<string>();
        using var dir = new TemporaryDictionaries("modality.yaml", string.Join('\n', lines));
        var error = Assert.Throws<DictionaryException>(() => KnowledgeBase.Load(dir.Folder));
        Assert.Contains($"{dir.PathOf("modality.yaml")}:{line}: {message}", error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Every_mistake_of_every_entry_is_reported_in_one_load()
    {
        using var dir = new TemporaryDictionaries("verbs.yaml",
            "complements:\n  intent: {\"04\": \"036\"}\nverbs:\n"
            + "  - {id: a, lemmas: [meet, meet], code: \"099\", complement: nope}\n"
            + "  - {id: b, lemmas: [], code: \"040\"}\n"
            + "  - {id: c, lemmas: [visit], code: \"040\", targets: [with], fields: 1}\n"
            + "  - {id: d, lemmas: [host], code: \"040\"}\n");
        var error = Assert.Throws<DictionaryException>(() => KnowledgeBase.Load(dir.Folder));
        var problems = error.Problems.Where(p => p.File == dir.PathOf("verbs.yaml")).ToList();
        Assert.Equal([4, 4, 4, 5, 6], problems.Select(p => p.Line));
    }

    [Fact]
    public void A_missing_pattern_file_is_reported_by_name_and_the_others_are_still_checked()
    {
        using var dir = new TemporaryDictionaries("nouns.yaml", "nouns:\n  - {id: a, lemmas: [meeting], code: \"099\"}\n");
        File.Delete(dir.PathOf("verbs.yaml"));
        var error = Assert.Throws<DictionaryException>(() => KnowledgeBase.Load(dir.Folder));
        Assert.Equal(
            [$"{dir.PathOf("verbs.yaml")}:0: file not found", $"{dir.PathOf("nouns.yaml")}:2: CAMEO code 099 is not in cameo.yaml"],
            error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void The_minimal_pattern_files_load_into_the_knowledge_base()
    {
        using var dir = new TemporaryDictionaries();
        var patterns = KnowledgeBase.Load(dir.Folder).Patterns;
        Assert.Equal("036", patterns.Family("intent")!.CodeFor("04"));
        Assert.Equal("040", Assert.Single(patterns.VerbsFor("meet")).Code);
        Assert.Equal(["phone"], Assert.Single(patterns.NounsFor("conversation")).Modifiers);
        Assert.Contains("call off", patterns.Modality.NegatingGovernors);
    }

    [Fact]
    public void Loading_the_pattern_files_alone_throws_with_every_problem()
    {
        using var dir = new TemporaryDictionaries("verbs.yaml", "verbs:\n  - {id: a, lemmas: [meet], code: \"099\"}\n  - {id: a, lemmas: [greet], code: \"040\"}\n");
        var cameo = CameoCodebook.Load(dir.PathOf("cameo.yaml"));
        var error = Assert.Throws<DictionaryException>(() =>
            EventPatterns.Load(dir.PathOf("verbs.yaml"), dir.PathOf("nouns.yaml"), dir.PathOf("modality.yaml"), cameo));
        Assert.Equal([2, 3], error.Problems.Select(p => p.Line));
    }
}
