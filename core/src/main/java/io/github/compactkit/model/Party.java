package io.github.compactkit.model;

/** Who makes a commitment: the statutory sector, the voluntary and community sector, or both. */
public enum Party {
    /** Council, NHS bodies, police, government, "public body partners". */
    STATUTORY,
    /** Voluntary and community sector: VCS, VCOs, CSOs, third sector, CVS. */
    VCS,
    /** All partners together: "Joint undertakings", "Both sectors will", "we" in a joint section. */
    JOINT
}
