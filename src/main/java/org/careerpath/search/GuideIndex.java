package org.careerpath.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.careerpath.career.GuidesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The guides' content in a Lucene index in memory: small (a few hundred entries a guide) and read-only between guide
 * changes, so it is built whole at start-up and built again, then swapped in, when a guide changes. Plain Lucene
 * rather than Hibernate Search: what is searched is the guide as a reader sees it (a step with its actions, a rung
 * with its tips), assembled across several entities, not one entity's columns.
 * <p>
 * A query is never parsed as Lucene syntax: its words are analysed like the content (English stemming, stop words
 * dropped), so quotes, operators, wildcards and brackets are just characters. Each word may match a title (worth
 * three times as much) or a body, exactly or, for words of five letters or more, with one letter wrong; a title with
 * every word of the query comes first.
 */
@Component
class GuideIndex {

	private static final Logger log = LoggerFactory.getLogger(GuideIndex.class);

	/** Words of a query used at most; the rest are left out. */
	static final int MAX_WORDS = 12;

	/** Hits looked at for one query at most (ten pages). */
	static final int MAX_HITS = 100;

	private final Analyzer analyzer = new EnglishAnalyzer();

	private final GuideEntries entries;

	private volatile Snapshot snapshot;

	GuideIndex(GuideEntries entries) {
		this.entries = entries;
	}

	@EventListener(ApplicationReadyEvent.class)
	void build() {
		long started = System.nanoTime();
		List<GuideEntry> all = this.entries.all();
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(this.analyzer))) {
			for (int i = 0; i < all.size(); i++) {
				GuideEntry entry = all.get(i);
				Document document = new Document();
				document.add(new StoredField("entry", i));
				document.add(new StringField("career", entry.careerSlug(), Field.Store.NO));
				document.add(new TextField("title", entry.title(), Field.Store.NO));
				document.add(new TextField("body", entry.body(), Field.Store.NO));
				writer.addDocument(document);
			}
			writer.commit();
			this.snapshot = new Snapshot(List.copyOf(all), new IndexSearcher(DirectoryReader.open(directory)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		log.info("Search index built: {} entries in {} ms", all.size(), (System.nanoTime() - started) / 1_000_000);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void guidesChanged(GuidesChanged change) {
		build();
	}

	/** The words of a query as the index knows them (stemmed, without stop words), at most {@value #MAX_WORDS}. */
	List<String> words(String query) {
		Set<String> words = new LinkedHashSet<>();
		try (TokenStream tokens = this.analyzer.tokenStream("body", query)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken() && words.size() < MAX_WORDS) {
				words.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(words);
	}

	/** The entries matching any of the words, best first, within one career if given. */
	Found search(List<String> words, String careerSlug) {
		Snapshot current = current();
		if (words.isEmpty()) {
			return new Found(List.of(), 0);
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String word : words) {
			query.add(wordQuery(word), Occur.SHOULD);
		}
		if (words.size() > 1) {
			// A title with every word of the query ("CHE certification": Certified Healthcare Executive (CHE))
			BooleanQuery.Builder allInTitle = new BooleanQuery.Builder();
			for (String word : words) {
				allInTitle.add(titleQuery(word), Occur.MUST);
			}
			query.add(new BoostQuery(allInTitle.build(), 4f), Occur.SHOULD);
		}
		if (careerSlug != null) {
			query.add(new TermQuery(new Term("career", careerSlug)), Occur.FILTER);
		}
		try {
			TopDocs top = current.searcher().search(query.build(), MAX_HITS);
			StoredFields stored = current.searcher().storedFields();
			List<GuideEntry> hits = new ArrayList<>();
			for (ScoreDoc doc : top.scoreDocs) {
				int entry = stored.document(doc.doc).getField("entry").numericValue().intValue();
				hits.add(current.entries().get(entry));
			}
			return new Found(hits, hits.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The analyser the index uses, for marking the matched words in a snippet. */
	Analyzer analyzer() {
		return this.analyzer;
	}

	/** A word in the title (worth three times as much) or the body. */
	private static Query wordQuery(String word) {
		BooleanQuery.Builder either = new BooleanQuery.Builder();
		either.add(fieldQuery("title", word, 3f, 1.5f), Occur.SHOULD);
		either.add(fieldQuery("body", word, 1f, 0.5f), Occur.SHOULD);
		return either.build();
	}

	private static Query titleQuery(String word) {
		return fieldQuery("title", word, 1f, 1f);
	}

	/** The word in one field, exactly or (five letters or more) with one letter wrong after the first. */
	private static Query fieldQuery(String field, String word, float exactBoost, float fuzzyBoost) {
		Query exact = new BoostQuery(new TermQuery(new Term(field, word)), exactBoost);
		if (word.length() < Snippets.FUZZY_FROM) {
			return exact;
		}
		return new BooleanQuery.Builder().add(exact, Occur.SHOULD)
			.add(new BoostQuery(new FuzzyQuery(new Term(field, word), 1, 1), fuzzyBoost), Occur.SHOULD)
			.build();
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		if (current == null) {
			synchronized (this) {
				if (this.snapshot == null) {
					build();
				}
				current = this.snapshot;
			}
		}
		return current;
	}

	/** Up to {@value #MAX_HITS} hits, best first. */
	record Found(List<GuideEntry> hits, int total) {
	}

	private record Snapshot(List<GuideEntry> entries, IndexSearcher searcher) {
	}

}
