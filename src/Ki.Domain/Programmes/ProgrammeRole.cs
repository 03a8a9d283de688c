namespace Ki.Domain.Programmes;

/// <summary>What a party does for a programme: coordinate, deliver, train, supply materials or pay for delivery.</summary>
/// <remarks>
/// There is deliberately no member with the value 0: <c>default(ProgrammeRole)</c> is not a role. Who gives money
/// for a programme beyond paying for its delivery is a <see cref="ProgrammeFunding"/>. German and English names are
/// in <see cref="ProgrammeTerms"/>.
/// </remarks>
public enum ProgrammeRole
{
    /// <summary>Koordiniert und begleitet: coordinates the programme locally and supports those who run it.</summary>
    Coordinates = 1,

    /// <summary>Führt durch: runs the groups, sessions or counselling.</summary>
    Delivers = 2,

    /// <summary>Qualifiziert: trains the people who deliver (parent facilitators, observers, volunteers).</summary>
    Trains = 3,

    /// <summary>Stellt Material bereit: supplies the programme materials.</summary>
    ProvidesMaterials = 4,

    /// <summary>Finanziert die Durchführung: pays for the delivery on the spot.</summary>
    PaysForDelivery = 5,

    /// <summary>Entwickelt weiter: develops the programme or its materials further, state-wide.</summary>
    Develops = 6,
}
