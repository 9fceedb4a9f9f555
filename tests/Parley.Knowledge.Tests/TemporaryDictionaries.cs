namespace Parley.Knowledge.Tests;

/// <summary>A throw-away dictionary folder with a minimal valid file set; tests replace one file with a broken one.</summary>
public sealed class TemporaryDictionaries : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string> Minimal = new Dictionary<string, string>
    {
        ["sectors.yaml"] = """
            sectors:
              - {code: GOV, name: Government, agents: [spokesman]}
              - {code: MIL, name: Military, agents: [troops]}
              - {code: ELI, name: Elites}
              - {code: REB, name: Rebels}
              - {code: IGO, name: Intergovernmental organisation, international: true}
            """,
        ["countries.yaml"] = """
            countries:
              - {code: USA, iso2: US, name: United States, adjectives: [American], capital: Washington, capital_at: [38.9, -77.04]}
              - {code: RUS, iso2: RU, name: Russia, adjectives: [Russian], capital: Moscow, capital_at: [55.76, 37.62]}
            seats_of_power:
              - {name: the Kremlin, code: RUSGOV}
            """,
        ["organizations.yaml"] = """
            organizations:
              - {name: United Nations, aliases: [UN], code: IGOUNO}
            """,
        ["people.yaml"] = """
            people:
              - name: Donald Trump
                roles:
                  - {code: USAGOV, from: 2025-01-20}
                  - {code: USAELI, from: 2021-01-20, to: 2025-01-20}
            """,
        ["gazetteer.yaml"] = """
            places:
              - {name: Saint Petersburg, country: RUS, at: [59.94, 30.31], population: 5600000}
            """,
        ["cameo.yaml"] = """
            codes:
              - {code: "03", name: Express intent to cooperate, goldstein: 4.0, quad: 1}
              - {code: "036", name: Express intent to meet or negotiate, goldstein: 4.0}
              - {code: "04", name: Consult, goldstein: 1.0, quad: 1}
              - {code: "040", name: Consult not covered below, goldstein: 1.0}
              - {code: "041", name: Discuss by telephone, goldstein: 1.0}
            """,
        ["plover.yaml"] = """
            event_types:
              - {name: AGREE}
            contexts:
              - {name: diplomatic}
            mappings:
              - {cameo: "03", event: AGREE, context: [diplomatic]}
            """,
        ["verbs.yaml"] = """
            complements:
              intent: {"04": "036"}
            verbs:
              - {id: agree, lemmas: [agree], code: "03", target_optional: true, complement: intent}
              - {id: meet, lemmas: [meet], code: "040", targets: [obj, with]}
            """,
        ["nouns.yaml"] = """
            nouns:
              - {id: phone-call, lemmas: [call, conversation], code: "041", modifiers: [phone], targets: [with]}
              - {id: meeting, lemmas: [meeting], code: "040", targets: [with]}
            """,
        ["modality.yaml"] = MinimalModality,
    };

    /// <summary>A valid modality.yaml, one list a line, so a test can break one line of it.</summary>
    public const string MinimalModality = """
        hypothetical_auxiliaries: [could, might]
        hypothetical_modifiers: [potential]
        hypothetical_governors: [consider, "rule out"]
        future_auxiliaries: [will]
        future_modifiers: [upcoming]
        future_governors: [plan]
        negators: [not, "n't"]
        negating_governors: [refuse, "call off"]
        reporting_verbs: [say]
        realising_verbs: [hold, "take place"]
        striking_verbs: [explode, "go off"]
        negative_judgements: [illegal]
        deed_nouns: [decision]
        """;

    public TemporaryDictionaries(string? file = null, string? content = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "parley-dict-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        foreach (var (name, text) in Minimal)
        {
            File.WriteAllText(Path.Combine(Folder, name), name == file ? content : text);
        }
        if (file is not null && !Minimal.ContainsKey(file))
        {
            File.WriteAllText(Path.Combine(Folder, file), content);
        }
    }

    public string Folder { get; }

    public string PathOf(string file) => Path.Combine(Folder, file);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
