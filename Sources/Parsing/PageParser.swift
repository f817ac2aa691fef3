internal import CLibXML2
public import Foundation
public import Model

/// Placeholder API; the Parsing helper replaces this file.
public enum PageParser {}
