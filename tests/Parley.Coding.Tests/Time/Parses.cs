namespace Parley.Coding.Tests.Time;

/// <summary>Hand-written UD parses (word/UPOS/XPOS/head/dep) of seed-story sentences and their variations.</summary>
internal static class Parses
{
    public const string SignaledOnMonday =
        "Russia/PROPN/NNP/2/nsubj signaled/VERB/VBD/0/root on/ADP/IN/4/case Monday/PROPN/NNP/2/obl its/PRON/PRP$/6/nmod:poss openness/NOUN/NN/2/obj";

    public const string SetToHostOnSeptember3 =
        "The/DET/DT/2/det capital/NOUN/NN/4/nsubj:pass is/AUX/VBZ/4/aux:pass set/VERB/VBN/0/root to/PART/TO/6/mark host/VERB/VB/4/xcomp "
        + "a/DET/DT/8/det parade/NOUN/NN/6/obj on/ADP/IN/10/case September/PROPN/NNP/6/obl 3/NUM/CD/10/nummod";

    public const string FueledByAJuneConversation =
        "The/DET/DT/2/det wave/NOUN/NN/4/nsubj:pass was/AUX/VBD/4/aux:pass fueled/VERB/VBN/0/root by/ADP/IN/9/case a/DET/DT/9/det "
        + "June/PROPN/NNP/9/compound phone/NOUN/NN/9/compound conversation/NOUN/NN/4/obl:agent";

    public const string TookPlaceDuringThe2018Summit =
        "The/DET/DT/2/det meeting/NOUN/NN/3/nsubj took/VERB/VBD/0/root place/NOUN/NN/3/obj during/ADP/IN/9/case the/DET/DT/9/det "
        + "2018/NUM/CD/9/nummod U.S.-Russia/PROPN/NNP/9/compound summit/NOUN/NN/3/obl";

    // The parser hangs "2018" on "U.S.-Russia" rather than on "summit".
    public const string The2018SummitMisattached =
        "during/ADP/IN/5/case the/DET/DT/5/det 2018/NUM/CD/4/nummod U.S.-Russia/PROPN/NNP/5/compound summit/NOUN/NN/0/root";

    public const string SaidOnMondayThatTheMeetingTookPlace =
        "On/ADP/IN/2/case Monday/PROPN/NNP/5/obl ,/PUNCT/,/5/punct Peskov/PROPN/NNP/5/nsubj said/VERB/VBD/0/root that/SCONJ/IN/9/mark "
        + "the/DET/DT/8/det meeting/NOUN/NN/9/nsubj took/VERB/VBD/5/ccomp place/NOUN/NN/9/obj";

    public const string CriticizedThe2018Summit =
        "Trump/PROPN/NNP/2/nsubj criticized/VERB/VBD/0/root the/DET/DT/5/det 2018/NUM/CD/5/nummod summit/NOUN/NN/2/obj";

    public const string ADayEarlierPeskovAcknowledged =
        "Just/ADV/RB/3/advmod a/DET/DT/3/det day/NOUN/NN/4/obl:npmod earlier/ADV/RBR/7/advmod ,/PUNCT/,/7/punct Peskov/PROPN/NNP/7/nsubj acknowledged/VERB/VBD/0/root";

    public const string HaveHeldConversations =
        "Putin/PROPN/NNP/5/nsubj and/CCONJ/CC/3/cc Trump/PROPN/NNP/1/conj have/AUX/VBP/5/aux held/VERB/VBN/0/root several/ADJ/JJ/7/amod conversations/NOUN/NNS/5/obj";

    public const string WillHostTalks = "Russia/PROPN/NNP/3/nsubj will/AUX/MD/3/aux host/VERB/VB/0/root talks/NOUN/NNS/3/obj";

    public const string HostsTalks = "China/PROPN/NNP/2/nsubj hosts/VERB/VBZ/0/root talks/NOUN/NNS/2/obj";

    public const string IsToHostTalks = "China/PROPN/NNP/4/nsubj is/AUX/VBZ/4/aux to/PART/TO/4/mark host/VERB/VB/0/root talks/NOUN/NNS/4/obj";

    public const string PlansToHostTalks = "Russia/PROPN/NNP/2/nsubj plans/VERB/VBZ/0/root to/PART/TO/4/mark host/VERB/VB/2/xcomp talks/NOUN/NNS/4/obj";

    public const string PlannedToHostTalks = "Russia/PROPN/NNP/2/nsubj planned/VERB/VBD/0/root to/PART/TO/4/mark host/VERB/VB/2/xcomp talks/NOUN/NNS/4/obj";

    public const string AttendsTheUpcomingSummit =
        "Trump/PROPN/NNP/2/nsubj attends/VERB/VBZ/0/root the/DET/DT/5/det upcoming/ADJ/JJ/5/amod summit/NOUN/NN/2/obj";

    public const string CouldMeetTrump = "Peskov/PROPN/NNP/3/nsubj could/AUX/MD/3/aux meet/VERB/VB/0/root Trump/PROPN/NNP/3/obj";
}
