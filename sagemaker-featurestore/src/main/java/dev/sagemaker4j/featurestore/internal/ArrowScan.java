/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.TransferPair;
import org.duckdb.DuckDBConnection;

/**
 * Lets DuckDB scan an Arrow table where it lies, through Arrow's C stream interface, instead of
 * copying it row by row into a DuckDB table: the table is handed over in slices (zero-copy where
 * the slice starts on a byte of the validity bitmap, which every slice here does), each with an
 * extra {@code BIGINT} column numbering the rows from 0, so that a query can keep the table's
 * order. The stream can be scanned once. Close it after the DuckDB connection that scanned it.
 */
public final class ArrowScan implements AutoCloseable {
    /** Rows per slice: a multiple of DuckDB's vector size, and several slices let its threads scan in parallel. */
    private static final int SLICE = 128 * 1024;

    private final BufferAllocator allocator;
    private final ArrowArrayStream stream;

    private ArrowScan(BufferAllocator allocator, ArrowArrayStream stream) {
        this.allocator = allocator;
        this.stream = stream;
    }

    /**
     * Whether {@link #register} can hand this table over: its columns are integers, floating point,
     * booleans, UTF-8 strings or microsecond timestamps, all in one allocator tree.
     *
     * @param table the table
     * @return true when it can
     */
    public static boolean supports(VectorSchemaRoot table) {
        BufferAllocator root = null;
        for (FieldVector v : table.getFieldVectors()) {
            ArrowType t = v.getField().getType();
            // unsigned 64-bit values above Long.MAX_VALUE would not fit the BIGINT the query casts to
            boolean plain = t instanceof ArrowType.Int i && (i.getIsSigned() || i.getBitWidth() < 64)
                    || t instanceof ArrowType.Bool || t instanceof ArrowType.Utf8
                    || t instanceof ArrowType.FloatingPoint f && f.getPrecision() != org.apache.arrow.vector.types
                    .FloatingPointPrecision.HALF
                    || t instanceof ArrowType.Timestamp ts && ts.getUnit() == org.apache.arrow.vector.types.TimeUnit
                    .MICROSECOND;
            if (!plain || !v.getField().getChildren().isEmpty()) {
                return false;
            }
            // slices move between allocators, which Arrow allows only within one root
            if (root == null) {
                root = v.getAllocator().getRoot();
            } else if (root != v.getAllocator().getRoot()) {
                return false;
            }
        }
        return root != null;
    }

    /**
     * Registers {@code table} as DuckDB view {@code view}, with its columns and a row number column.
     *
     * @param c         the connection
     * @param view      the view's name
     * @param table     a table that {@link #supports} accepts; it stays the caller's and must not change
     *                  until this is closed
     * @param rowColumn the name of the row number column
     * @return the open stream, to close after the connection
     */
    public static ArrowScan register(DuckDBConnection c, String view, VectorSchemaRoot table, String rowColumn) {
        return register(c, view, table, rowColumn, 0, table.getRowCount());
    }

    /**
     * Registers rows {@code [from, to)} of {@code table} as DuckDB view {@code view}, as
     * {@link #register(DuckDBConnection, String, VectorSchemaRoot, String)} does; the row numbers stay the
     * table's ({@code from} and up).
     *
     * @param c         the connection
     * @param view      the view's name
     * @param table     a table that {@link #supports} accepts; it stays the caller's and must not change
     *                  until this is closed
     * @param rowColumn the name of the row number column
     * @param from      the first row, a multiple of 8 (so that the validity bitmaps slice without a copy)
     * @param to        the row after the last
     * @return the open stream, to close after the connection
     */
    public static ArrowScan register(DuckDBConnection c, String view, VectorSchemaRoot table, String rowColumn,
                                     int from, int to) {
        BufferAllocator allocator = table.getFieldVectors().get(0).getAllocator().getRoot()
                .newChildAllocator("dataset-base", 0, Long.MAX_VALUE);
        ArrowArrayStream stream = null;
        try {
            stream = ArrowArrayStream.allocateNew(allocator);
            Data.exportArrayStream(allocator, new Slices(allocator, table, rowColumn, from, to), stream);
            c.registerArrowStream(view, stream);
            return new ArrowScan(allocator, stream);
        } catch (RuntimeException e) {
            if (stream != null) {
                stream.close();
            }
            allocator.close();
            throw e;
        }
    }

    @Override
    public void close() {
        // releases the stream if DuckDB did not (a query that never ran), which closes the reader
        stream.close();
        allocator.close();
    }

    /** The table's rows, {@link #SLICE} at a time, with a row number column. */
    private static final class Slices extends ArrowReader {
        private final VectorSchemaRoot table;
        private final Schema schema;
        private final int to;
        private int next;

        Slices(BufferAllocator allocator, VectorSchemaRoot table, String rowColumn, int from, int to) {
            super(allocator);
            this.table = table;
            this.next = from;
            this.to = to;
            List<Field> fields = new ArrayList<>(table.getSchema().getFields());
            fields.add(Field.notNullable(rowColumn, new ArrowType.Int(64, true)));
            this.schema = new Schema(fields);
        }

        @Override
        public boolean loadNextBatch() {
            if (next >= to) {
                return false;
            }
            int n = Math.min(SLICE, to - next);
            VectorSchemaRoot out = getVectorSchemaRoot();
            List<FieldVector> source = table.getFieldVectors();
            for (int i = 0; i < source.size(); i++) {
                TransferPair pair = source.get(i).makeTransferPair(out.getVector(i));
                pair.splitAndTransfer(next, n);
            }
            BigIntVector row = (BigIntVector) out.getVector(source.size());
            row.allocateNew(n);
            for (int r = 0; r < n; r++) {
                row.set(r, next + (long) r);
            }
            row.setValueCount(n);
            out.setRowCount(n);
            next += n;
            return true;
        }

        @Override
        public VectorSchemaRoot getVectorSchemaRoot() {
            try {
                return super.getVectorSchemaRoot();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public long bytesRead() {
            return 0;
        }

        @Override
        protected void closeReadSource() {
            // the table is the caller's
        }

        @Override
        protected Schema readSchema() {
            return schema;
        }
    }
}
