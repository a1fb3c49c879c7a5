"""The text floor: sentences, invisible characters and lemmas.

In: a document's text. Out: sentence bounds (:class:`~quantex.text.sentences.SentenceIndex`), the text
read without invisible characters with a map back to the original offsets
(:func:`~quantex.text.invisible.visible`), and singular lemmas of nouns. Every stage above may use it;
it uses nothing of quantex but the errors.
"""
