namespace Ki.Domain.Serialization;

/// <summary>A top-level JSON document: it carries the schema version it was written in.</summary>
internal interface IVersionedDocument
{
    /// <summary>The schema version, 1 for this library version.</summary>
    int SchemaVersion { get; }
}
