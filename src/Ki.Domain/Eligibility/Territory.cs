using Ki.Domain.Applications;
using Ki.Domain.Places;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// What the gazetteer says about a territorial applicant (Kreis, Städteregion, kreisfreie Stadt, Gemeinde) identified
/// by its own official key: its kind, whether it runs a KI, and any contradiction with what the application states.
/// </summary>
/// <remarks>
/// A Kreis or the Städteregion is identified by its Kreisschlüssel, a city or Gemeinde by its AGS (a kreisfreie Stadt
/// by either); the seat is only the address of the administration. The KI places are the gazetteer's
/// <see cref="Gazetteer.IntegrationCentres"/>: every Kreis and kreisfreie Stadt, and the towns that run their own.
/// Associations and initiatives are not territorial; for them the seat only locates them.
/// </remarks>
internal sealed class Territory
{
    private Territory(bool keyMissing, ApplicantKind? kind, bool? runsCentre, LocalizedText? contradiction, string? contradictionCode)
    {
        KeyMissing = keyMissing;
        Kind = kind;
        RunsIntegrationCentre = runsCentre;
        Contradiction = contradiction;
        ContradictionCode = contradictionCode;
    }

    /// <summary>Nothing to check: the applicant is not territorial.</summary>
    public static Territory None { get; } = new(false, null, null, null, null);

    /// <summary>A territorial applicant that states no official key: nothing else is known.</summary>
    private static readonly Territory KeyMissingOnly = new(true, null, null, null, null);

    /// <summary>The usual agreeing answers, shared: a Kreis or kreisfreie Stadt with its KI, a Gemeinde without one.</summary>
    private static readonly Territory KreisWithCentre = new(false, ApplicantKind.Kreis, true, null, null);

    private static readonly Territory CityWithCentre = new(false, ApplicantKind.KreisfreieStadt, true, null, null);

    private static readonly Territory GemeindeWithout = new(false, ApplicantKind.Gemeinde, false, null, null);

    /// <summary>A territorial applicant that states no official key.</summary>
    public bool KeyMissing { get; }

    /// <summary>The kind the gazetteer gives the key.</summary>
    public ApplicantKind? Kind { get; }

    /// <summary>Whether the gazetteer lists the applicant as a KI place.</summary>
    public bool? RunsIntegrationCentre { get; }

    /// <summary>The contradiction between the application and the gazetteer, naming both values; null when none.</summary>
    public LocalizedText? Contradiction { get; }

    /// <summary>The code of the contradiction.</summary>
    public string? ContradictionCode { get; }

    /// <summary>Whether the applicant's kind is territorial.</summary>
    public static bool IsTerritorial(ApplicantKind kind) => kind is ApplicantKind.Kreis or ApplicantKind.KreisfreieStadt or ApplicantKind.Gemeinde;

    /// <summary>Looks the applicant up in the gazetteer.</summary>
    /// <remarks>An applicant without an official key (every association) is answered here, small enough to be inlined
    /// into the evaluation loop; only a key goes to the gazetteer.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Territory Of(Applicant applicant, Gazetteer gazetteer) =>
        applicant.OfficialDistrictKey is null && applicant.OfficialMunicipalityKey is null
            ? IsTerritorial(applicant.Kind) ? KeyMissingOnly : None
            : Look(applicant, gazetteer);

    /// <summary>Looks an applicant with an official key up in the gazetteer.</summary>
    private static Territory Look(Applicant applicant, Gazetteer gazetteer)
    {
        ApplicantKind kind;
        bool runs;
        string code;
        string name;
        if (applicant.OfficialDistrictKey is { } districtKey)
        {
            if (!gazetteer.TryGetDistrict(districtKey, out District? district))
            {
                return Unknown(districtKey.Code, gazetteer);
            }

            kind = district.Kind == DistrictKind.KreisfreieStadt ? ApplicantKind.KreisfreieStadt : ApplicantKind.Kreis;
            runs = gazetteer.HasDistrictCentre(districtKey);
            (code, name) = (districtKey.Code, district.Name);
        }
        else
        {
            MunicipalityKey key = applicant.OfficialMunicipalityKey!.Value;
            if (!gazetteer.TryGetMunicipality(key, out Municipality? municipality))
            {
                return Unknown(key.Code, gazetteer);
            }

            bool cityDistrict = gazetteer.TryGetDistrict(key.District, out District? district) && district.Kind == DistrictKind.KreisfreieStadt;
            kind = cityDistrict ? ApplicantKind.KreisfreieStadt : ApplicantKind.Gemeinde;
            runs = gazetteer.HasCityCentre(key) || (cityDistrict && gazetteer.HasDistrictCentre(key.District));
            (code, name) = (key.Code, municipality.Name);
        }

        if (applicant.Kind != kind)
        {
            return new Territory(false, kind, runs, new LocalizedText(
                $"Der Antrag gibt als Art des Antragstellers {Texts.KindDe(applicant.Kind)} an, laut Gemeindeverzeichnis ({gazetteer.Source}) {What()}.",
                $"The application states the applicant is a {Texts.KindEn(applicant.Kind)}, but by the gazetteer ({gazetteer.Source}) {WhatEn()}."),
                EligibilityCodes.TerritoryContradiction);
        }

        if (applicant.RunsIntegrationCentre is { } stated && stated != runs)
        {
            return new Territory(false, kind, runs, new LocalizedText(
                $"Der Antrag gibt an, der Antragsteller betreibe {(stated ? "ein" : "kein")} KI; laut Gemeindeverzeichnis ({gazetteer.Source}) betreibt er {(runs ? "eines" : "keines")} ({What()}).",
                $"The application states the applicant runs {(stated ? "a" : "no")} KI, but by the gazetteer ({gazetteer.Source}) it runs {(runs ? "one" : "none")} ({WhatEn()})."),
                EligibilityCodes.TerritoryContradiction);
        }

        return (kind, runs) switch
        {
            (ApplicantKind.Kreis, true) => KreisWithCentre,
            (ApplicantKind.KreisfreieStadt, true) => CityWithCentre,
            (ApplicantKind.Gemeinde, false) => GemeindeWithout,
            _ => new Territory(false, kind, runs, null, null),
        };

        // What the gazetteer says of the key, for a contradiction only (the usual applicant agrees and needs no text).
        string What() => $"{code} ist {name} ({Texts.KindDe(kind)})";

        string WhatEn() => $"{code} is {name} (a {Texts.KindEn(kind)})";
    }

    private static Territory Unknown(string code, Gazetteer gazetteer) => new(false, null, null, new LocalizedText(
        $"Der amtliche Schlüssel {code} des Antragstellers steht nicht im Gemeindeverzeichnis ({gazetteer.Source}).",
        $"The applicant's official key {code} is not in the gazetteer ({gazetteer.Source})."),
        EligibilityCodes.TerritoryUnknownKey);
}
