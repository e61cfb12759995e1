//! Person names: honorifics, post-nominals, roles.
