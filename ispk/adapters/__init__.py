"""Engine adapters: the generated site as a folder any MkDocs-compatible engine builds.

The pipeline's output (Markdown pages, data files, the navigation) is written to
a build folder with the hand-written assets beside it; the engine is then run on
that folder. Only files whose content changed are written, so an engine that
rebuilds changed pages only (the preview) does the least work.
"""
